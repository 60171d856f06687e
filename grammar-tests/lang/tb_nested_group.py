# conformance: whole-stderr
# A nested ExceptionGroup inside another, uncaught after except* leaves part of it.
try:
    raise ExceptionGroup("outer", [
        ValueError("v"),
        ExceptionGroup("inner", [KeyError("k"), TypeError("t")]),
    ])
except* ValueError:
    print("handled the ValueError")
