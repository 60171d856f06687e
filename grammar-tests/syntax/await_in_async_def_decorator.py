@await x
async def main():
    pass
