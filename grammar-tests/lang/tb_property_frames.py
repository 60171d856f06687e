# conformance: whole-stderr
# An error inside a property getter's helper: frames for the getter and the helper.
class P:
    @property
    def value(self):
        return self.compute()
    def compute(self):
        return [][1]
print(P().value)
