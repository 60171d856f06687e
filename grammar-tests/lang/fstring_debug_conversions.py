# f-string = specifier and the !r/!s/!a conversions with specs, on several value types.
x, name, data = 3, "é", [1, "a"]
print(f"{x=}", f"{x = }", f"{x =}", f"{x= }")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{data=}", f"{data[1]=}")
print(f"{x + 1=}", f"{x * 2.5=:.2f}", f"{name.upper()=}", f"{len(data)=:>4}")
print(f"{name!r}", f"{name!a}", f"{data!s}", f"{data!r:>12}", f"{3.0!r}", f"{None!s:^6}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p}", f"{p!r}", f"{p=}", f"{p!s:>7}", f"{p!a}")
print(f"{'a' + 'b'=}", f"{1 if x else 2=}")
