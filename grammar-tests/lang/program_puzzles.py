# Recursion-heavy puzzles: n-queens, permutations, subsets, hanoi, partitions, flood fill.


def queens(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(tuple(board))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            board.append(col)
            place(row + 1, cols | {col}, diag1 | {row - col}, diag2 | {row + col}, board)
            board.pop()

    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest


def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return []
    return hanoi(n - 1, src, via, dst) + [(src, dst)] + hanoi(n - 1, via, dst, src)


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        return [[]]
    out = []
    for k in range(min(n, largest), 0, -1):
        out.extend([k] + p for p in partitions(n - k, k))
    return out


def flood(grid, r, c, seen=None):
    seen = set() if seen is None else seen
    if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return seen
    seen.add((r, c))
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        flood(grid, r + dr, c + dc, seen)
    return seen


sols = queens(6)
print(len(sols), sols)
print([len(queens(n)) for n in range(1, 8)])
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
print(permutations("abc"), len(permutations(list(range(6)))))
print(sorted(sorted(s) for s in subsets([3, 1, 2])))
moves = hanoi(4)
print(len(moves), moves[:5])
print(partitions(5), len(partitions(15)))
grid = ["..#..", ".##..", "#...#", "..#.."]
region = flood(grid, 0, 0)
print(sorted(region), len(flood(grid, 0, 4)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(10))
