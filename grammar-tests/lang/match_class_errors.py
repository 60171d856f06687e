# The TypeErrors a class pattern raises at run time.
class Point:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1
        self.y = 2

def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)

def too_many():
    match Point():
        case Point(1, 2):
            return "matched"
    return "no match"

def not_a_type():
    match 1:
        case len(x):
            return "matched"

def not_a_type_instance():
    factory = Point()
    match 1:
        case factory():
            return "matched"

class ListArgs:
    __match_args__ = ["a"]

def match_args_not_tuple():
    match ListArgs():
        case ListArgs(a):
            return "matched"

class IntArgs:
    __match_args__ = ("a", 1)
    a = "A"

def match_args_element_not_str():
    match IntArgs():
        case IntArgs(a, b):
            return "matched"

def attribute_twice():
    match Point():
        case Point(a, x=b):
            return "matched"

def none_allowed():
    match object():
        case object(a):
            return "matched"

attempt("two positional for one", too_many)
attempt("called a function", not_a_type)
attempt("called an instance", not_a_type_instance)
attempt("__match_args__ is a list", match_args_not_tuple)
attempt("__match_args__ holds an int", match_args_element_not_str)
attempt("attribute given twice", attribute_twice)
attempt("object() takes none", none_allowed)

# Errors only happen once isinstance() succeeds: a non-instance simply does not match.
match "not a point":
    case Point(1, 2, 3):
        print("matched?!")
    case _:
        print("a non-instance fails before __match_args__ is checked")

# But a non-type is an error whatever the subject.
try:
    match "anything":
        case print():
            pass
except TypeError as e:
    print("TypeError:", e)
