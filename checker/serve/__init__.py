"""A local web application around the checker: `akkoordcheck serve`."""
from checker.serve.app import create_app, is_loopback, make_server, serve, server_url

__all__ = ["create_app", "is_loopback", "make_server", "serve", "server_url"]
