value: await x = 1
