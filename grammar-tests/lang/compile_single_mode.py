# compile(..., 'single') takes one interactive statement: one compound statement, or one line
# of simple statements separated by ';'.
sources = [
    "1\n2",
    "abc\n2",
    "x = 1; y = 2\nz",
    "abc   \n\n2",
    "abc  # c\n2",
    "x = (1,\n 2)\ny",
    "if 1:\n  pass\nx",
    "if 1:\n  pass\n\n\nx=3",
    "if 1:\n  pass\nabc",
    "if 1: pass\nx",
    "1;2\n3;4",
    "é=1\n2",
    "for i in []:\n    pass\nelse:\n    pass\n",
    "1;2",
    "x=1\n\n",
    "\n1\n",
    "1\n# only a comment\n",
    "",
    "\n",
    "#c",
    "\n\n#c\n",
    "class C:\n    a = 1\n",
]
for src in sources:
    try:
        code = compile(src, "<s>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

exec(compile("print('single', 6 * 7)", "<s>", "single"))
