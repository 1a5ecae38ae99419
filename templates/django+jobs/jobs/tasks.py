"""Background tasks, run by the Celery worker (python -m config, ROLE worker or all)."""

from celery import shared_task
from celery.utils.log import get_task_logger

logger = get_task_logger(__name__)


# A network error (OSError: ConnectionError, TimeoutError, smtplib's errors) is worth
# another try: up to 5 more, after about 1, 2, 4, 8 and 16 seconds (retry_backoff, with
# a random share, retry_jitter), then the job fails. Acknowledged only once it has run
# (CELERY_TASK_ACKS_LATE), a task may run twice: a repeated greeting does no harm.
@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_greeting(name: str) -> dict[str, str]:
    """Greets name; its result is what GET /api/jobs/{id} shows once it completes."""
    message = f"Hello, {name}!"
    deliver(message)
    return {"message": message}


def deliver(message: str) -> None:
    """Where a real task would send an email or call another service."""
    logger.info("greeting sent: %s", message)
