# conformance: whole-stderr
# An uncaught ExceptionGroup is drawn as a box with numbered sub-exceptions.
def task(n):
    raise ValueError(f"task {n} failed")


errors = []
for i in range(2):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("plain"))
raise ExceptionGroup("several failures", errors)
