# Prints, then dies of an uncaught exception: stdout exactly, stderr by its last line.
print("before")
raise ValueError("boom")
