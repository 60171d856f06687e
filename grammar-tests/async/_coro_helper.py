async def job():
    pass


def forget():
    job()
