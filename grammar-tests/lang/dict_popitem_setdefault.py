# popitem order (LIFO), setdefault/pop/get interplay, update forms, fromkeys with shared values.
d = dict.fromkeys("abcd", 0)
print(d.popitem(), d.popitem(), d)
d["z"] = 26
print(d.popitem(), d)
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
cfg = {}
print(cfg.setdefault("level", 1), cfg.setdefault("level", 2), cfg.get("level"), cfg.pop("level"), cfg.get("level", "gone"))
cfg.update({"a": 1}, b=2)
cfg.update([("c", 3)], a=10)
cfg.update(zip("de", (4, 5)))
print(cfg, len(cfg), list(cfg)[-1])
class Keys:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
cfg.update(Keys())
print(cfg, dict(Keys()))
while cfg:
    k, v = cfg.popitem()
print(cfg, k, v)
