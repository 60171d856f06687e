# try/except inside loops with else clauses, and continue/break passing through finally.
log = []
for i in range(4):
    try:
        if i == 0:
            continue
        if i == 2:
            raise ValueError(i)
        log.append(f"body {i}")
    except ValueError:
        log.append("except")
        continue
    else:
        log.append(f"else {i}")
    finally:
        log.append(f"finally {i}")
print(log)
n = 0
while True:
    n += 1
    try:
        if n == 3:
            break
    finally:
        print("finally n =", n)
else:
    print("never")
print("stopped at", n)


def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return r, c
            finally:
                pass
    return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
