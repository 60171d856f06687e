# sorted/list.sort are stable, reverse keeps stability, and keys are called once per item.
records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
calls = []
def key(r):
    calls.append(r[0])
    return r[0][-1]
print(sorted(records, key=key), len(calls))
multi = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: -r[1])
print(multi)
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
l = ["b", "a", "c"]
l.sort(key=None, reverse=False)
print(l, sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted("bca", reverse=True))
print(sorted([0.5, 1, True, -2.5, 0]), sorted([(1, 2), (1,), ()]))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min([Rev(1), Rev(3)]))
