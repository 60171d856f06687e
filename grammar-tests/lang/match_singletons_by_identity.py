# None, True and False patterns compare by identity: `case True` does not match 1, and a
# custom __eq__ is never consulted.
class Liar:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return True

def which(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case _:
            return "something else"

for v in [True, False, None, 1, 0, 1.0, 0.0, "", [], Liar()]:
    print(type(v).__name__, "->", which(v))

# A literal pattern does call __eq__, with the subject on the left.
match Liar():
    case 42:
        print("Liar() equals 42")
