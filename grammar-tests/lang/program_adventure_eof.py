# The same kind of input() loop, but the script reaches end of input before "quit".

commands = []
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    op, _, arg = line.partition(" ")
    if op == "add":
        total += int(arg)
    elif op == "sub":
        total -= int(arg)
    elif op == "mul":
        total *= int(arg)
    elif op == "show":
        print(f"total = {total}")
    else:
        try:
            int(op)
        except ValueError as e:
            print("bad command:", e)
    commands.append(op)
print(commands)
print(f"final {total:,}")
