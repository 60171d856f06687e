# Evaluation order: call arguments, dict displays, subscript assignment, augmented assignment.
def t(label, value=None):
    print("eval", label)
    return label if value is None else value


print(t("f", dict)(a=t("a"), b=t("b"), k=t("c")))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
store = {}
store[t("key")] = t("value")
lst = [0, 0]
lst[t("idx", 0)] += t("inc", 5)
print(lst, d, store)
a = b = t("chained", [])
a.append(1)
print(b)
x, y = t("x"), t("y")
t("left", [1])[0], t("right", [2])[0]
print(t("cond", True) and t("then") or t("else"))
print([t(i) for i in "ab"], {t("s1"), t("s2")} == {"s1", "s2"})
