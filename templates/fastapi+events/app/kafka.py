"""The Kafka clients (aiokafka) from the settings, and the topic the server needs."""

import asyncio
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code
from aiokafka.helpers import create_ssl_context

from app.settings import Settings, fail

# Seconds the brokers get to answer at start, before the server gives up.
CONNECT_TIMEOUT = 10
# The topic a development broker gets when it lacks it; a production cluster's topic is
# created ahead with its own partitions and replication (docs/events.md).
PARTITIONS = 3
REPLICATION_FACTOR = 1


def connection(settings: Settings) -> dict[str, Any]:
    """The options every client shares: the brokers, TLS and SASL."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_brokers.split(","),
        "client_id": settings.kafka_group,
        "security_protocol": "SSL" if settings.kafka_tls else "PLAINTEXT",
    }
    if settings.kafka_tls:
        # Verified against the system's CAs (SSL_CERT_FILE adds a private one).
        options["ssl_context"] = create_ssl_context()
    if settings.kafka_sasl_mechanism:
        options |= {
            "security_protocol": f"SASL_{options['security_protocol']}",
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": settings.kafka_sasl_username,
            "sasl_plain_password": settings.kafka_sasl_password.get_secret_value(),
        }
    return options


def create_producer(settings: Settings) -> AIOKafkaProducer:
    # Idempotent: the brokers drop the copies of a retried batch, and every in-sync
    # replica has a record before it is acknowledged (acks="all").
    return AIOKafkaProducer(
        **connection(settings),
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=CONNECT_TIMEOUT * 1000,
    )


def create_consumer(settings: Settings) -> AIOKafkaConsumer:
    # Offsets are committed by the consumer loop once a record is processed
    # (at-least-once); a new group starts from the oldest record still on the topic.
    return AIOKafkaConsumer(
        settings.items_topic,
        **connection(settings),
        group_id=settings.kafka_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )


async def create_topic(settings: Settings) -> None:
    """Creates ITEMS_TOPIC unless it exists; raises KafkaError (or TimeoutError) when
    the brokers do not answer."""
    admin = AIOKafkaAdminClient(
        **connection(settings), request_timeout_ms=CONNECT_TIMEOUT * 1000
    )
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT):
            await admin.start()
            if settings.items_topic in await admin.list_topics():
                return
            response = await admin.create_topics(
                [NewTopic(settings.items_topic, PARTITIONS, REPLICATION_FACTOR)]
            )
        for _topic, code, *message in response.topic_errors:
            # Another instance starting at the same time may have created it first.
            if code and for_code(code) is not TopicAlreadyExistsError:
                raise for_code(code)(*message)
    finally:
        await admin.close()


def create_topic_or_exit(settings: Settings) -> None:
    """Checks the brokers answer and the topic exists before the server starts; else
    one log line and exit 1."""
    # aiokafka logs each failed attempt (on stderr, before the log configuration
    # applies): the line below says it once.
    logging.getLogger("aiokafka").disabled = True
    try:
        asyncio.run(create_topic(settings))
    except (KafkaError, TimeoutError, OSError) as error:
        fail(
            "kafka unreachable",
            error=f"{settings.kafka_brokers}: {error or type(error).__name__}",
        )
    finally:
        logging.getLogger("aiokafka").disabled = False
