# conformance: whole-stderr
# Implicit chaining: "During handling of the above exception, another exception occurred:".
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse")


parse("abc")
