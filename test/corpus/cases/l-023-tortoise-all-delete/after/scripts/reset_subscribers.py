from tortoise import Tortoise, run_async

from app.models import Subscriber


async def main():
    await Tortoise.init(config_file="config.json")
    await Subscriber.all().delete()
    await Tortoise.close_connections()


run_async(main())
