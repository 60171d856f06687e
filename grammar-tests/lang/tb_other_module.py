# conformance: whole-stderr
# Frames from an imported helper module, with its own file name.
import _tbmod
_tbmod.run()
