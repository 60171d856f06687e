class C(await base):
    value = await x
