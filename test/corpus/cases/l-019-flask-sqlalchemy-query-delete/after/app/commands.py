import click
from flask.cli import with_appcontext

from app.extensions import db
from app.models import ApiKey


@click.command("reset-api-keys")
@with_appcontext
def reset_api_keys():
    """Revoke every API key so clients must re-register."""
    removed = ApiKey.query.delete()
    db.session.commit()
    click.echo(f"revoked {removed} keys")
