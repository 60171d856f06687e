# A small state machine with while/try/continue/break mixing exception handling and loops.
def tokens(s):
    i = 0
    out = []
    while i < len(s):
        c = s[i]
        try:
            if c == " ":
                continue
            if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(int(s[i:j]))
                i = j - 1
                continue
            if c == "!":
                raise ValueError(f"bad char at {i}")
            if c == ";":
                break
            out.append(c)
        finally:
            i += 1
    return out


print(tokens("12 + 3*45"))
print(tokens("1;2"))
try:
    tokens("1 ! 2")
except ValueError as e:
    print(e)
total = 0
for i in range(10):
    try:
        if i % 3 == 0:
            raise ZeroDivisionError
        total += i
    except ZeroDivisionError:
        continue
    finally:
        total += 100
print(total)
