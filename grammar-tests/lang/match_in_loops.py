# match inside loops: break and continue in case bodies, and loop else clauses.
commands = ["go north", "look", "take lamp", "drop", "go south", "quit", "go east"]

for line in commands:
    match line.split():
        case ["go", direction]:
            print("going", direction)
        case ["look"]:
            print("looking around")
            continue
        case ["take", item]:
            print("taking", item)
        case ["quit"]:
            print("quitting")
            break
        case _:
            print("what?", line)
            continue
    print("  done:", line)
else:
    print("never printed")

n = 0
while True:
    n += 1
    match n % 4, n:
        case (0, _):
            print(n, "multiple of four")
        case (_, 10):
            print("ten: stop")
            break
        case (1, _) if n > 5:
            print(n, "skipped")
            continue
        case _:
            pass
    print("loop body end", n)

# A match in the else clause of a loop, and a loop in a case body.
for i in range(3):
    pass
else:
    match i:
        case 2:
            for j in range(5):
                match j:
                    case 3:
                        break
                    case _:
                        print("j", j)
            print("after inner loop, j =", j)
