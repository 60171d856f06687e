# builtins applied to callables: callable, map/filter/sorted with methods and builtins as keys.
print(list(map(str.upper, ["a", "b"])), list(map(len, [[], [1], "ab"])), list(filter(str.isalpha, ["a", "1", "b2", "c"])))
print(sorted(["B", "a", "C"], key=str.casefold), max([[1, 2], [3]], key=len), min({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(list(map(divmod, [7, 8], [2, 3])), list(map(pow, [2, 3], [3, 2])), sum(map(abs, [-1, -2, 3])))
print(callable(str.upper), callable("x".upper), callable(print), callable(map), callable(3))
f = "{}-{}".format
print(f(1, 2), list(map(f, "ab", "cd")))
methods = [str.strip, str.title, str.swapcase]
print([m("  hello World  ") for m in methods])
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(list.__len__, [[1], [1, 2]])))
