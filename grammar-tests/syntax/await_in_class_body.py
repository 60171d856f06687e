class C:
    value = await x
