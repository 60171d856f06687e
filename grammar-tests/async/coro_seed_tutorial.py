# The seed tutorial's lines, run as a script.
async def main():
    print("hello")
    return "done"

routine = main()
print(repr(routine).split(" at ")[0])
print(type(routine))
try:
    routine.send(None)
except StopIteration as e:
    print("finished with", e.value)
