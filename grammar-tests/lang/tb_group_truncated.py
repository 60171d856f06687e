# conformance: whole-stderr
# An exception group with more than 15 members: the rest summarised as 'and N more exceptions'.
eg = ExceptionGroup("many", [ValueError(i) for i in range(17)])
raise eg
