"""The GraphQL API on /graphql: Strawberry's schema and FastAPI router over the item store."""
