# Odd arguments to builtins get CPython's checks and messages.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("star width negative", lambda: "%-*d|%*d|" % (-5, 1, -3, 2))
attempt("star precision negative", lambda: "%.*f" % (-5, 1.5))
attempt("star width huge", lambda: "%*d" % (2 ** 70, 1))
attempt("star not int", lambda: "%*d" % ("a", 1))
attempt("spec int", lambda: format(1, ",d,d"))
attempt("spec float", lambda: format(1.5, "xx"))
attempt("spec str", lambda: format("s", "1.2.3"))
attempt("spec nested", lambda: "{:{}}".format("a", "{}"))
attempt("binary literal long", lambda: int("0b" + "1" * 5000, 0).bit_length())
attempt("hex literal long", lambda: int("-0x" + "f" * 5000, 0).bit_length())
attempt("decimal literal long", lambda: int("1" * 5000, 0))
attempt("translate big", lambda: "abc".translate({97: 2 ** 70}))
attempt("translate negative", lambda: "abc".translate({97: -1}))
attempt("translate past unicode", lambda: "abc".translate({97: 0x110000}))
attempt("translate ok", lambda: "abc".translate({97: 0x10FFFF, 98: None, 99: "zz"}))
attempt("sorted reverse str", lambda: sorted([1, 2], reverse="x"))
attempt("sorted reverse huge", lambda: sorted([1, 2], reverse=2 ** 70))
attempt("sort reverse int", lambda: sorted([1, 3, 2], reverse=5))
attempt("eval globals", lambda: eval("1", 5))
attempt("exec globals", lambda: exec("1", 5))
attempt("eval locals", lambda: eval("1", {}, 5))
attempt("exec locals", lambda: exec("1", {}, 5))
attempt("eval locals mapping", lambda: eval("x", {}, {"x": 7}))
