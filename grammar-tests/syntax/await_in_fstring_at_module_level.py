message = f"result: {await x}"
