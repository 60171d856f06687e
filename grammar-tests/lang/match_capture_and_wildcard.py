# A capture pattern binds the subject; `_` matches without binding.
match 42:
    case answer:
        print("captured", answer)
print("still bound after the match:", answer)

_ = "untouched"
match "anything":
    case _:
        print("wildcard matched, _ is still", repr(_))

def f(v):
    match v:
        case [_, _, third]:
            return third
        case x:
            return ("whole", x)

print(f([1, 2, 3]))
print(f("abc"))
print(f((None, None, None)))

def local_only():
    match 7:
        case seven:
            pass
    return seven, "seven" in locals()

print(local_only())
print("seven" in globals())

# Rebinding an existing name.
x = "old"
match "new":
    case x:
        pass
print(x)
