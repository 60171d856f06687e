# conformance: whole-stderr
# The traceback of an error raised while matching points at the pattern being tried.
class Angry:
    __match_args__ = ("mood",)

    @property
    def mood(self):
        raise LookupError("do not ask")

def check(v):
    match v:
        case [1, 2]:
            return "pair"
        case {
            "key": [
                Angry(),
                Angry("calm"),
            ]
        }:
            return "angry"

print(check([1, 2]))
print(check({"key": [Angry(), Angry()]}))
