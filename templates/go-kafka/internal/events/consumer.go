package events

import (
	"context"
	"encoding/json"
	"log/slog"
	"slices"

	"github.com/twmb/franz-go/pkg/kgo"
)

// maxPollRecords bounds one batch, so a rebalance never waits long for the
// batch in hand to be processed (see kgo.BlockRebalanceOnPoll).
const maxPollRecords = 500

// Consumer processes the item events of a topic as a member of a consumer
// group, and keeps what it processed in a History.
type Consumer struct {
	client  *kgo.Client
	history *History
	logger  *slog.Logger
	stop    context.CancelFunc
	done    chan struct{}
}

// StartConsumer joins group on topic with a client built from opts and
// processes records in the background until Close.
//
// Delivery is at least once: only processed records are marked for the
// periodic offset commit, and rebalances wait for the batch in hand, so a
// commit never covers a partition this member no longer owns. A group that
// has no committed offset yet starts at the beginning of the topic.
func StartConsumer(opts []kgo.Opt, group, topic string, history *History, logger *slog.Logger) (*Consumer, error) {
	client, err := kgo.NewClient(slices.Concat(opts, []kgo.Opt{
		kgo.ConsumerGroup(group),
		kgo.ConsumeTopics(topic),
		kgo.AutoCommitMarks(),
		kgo.BlockRebalanceOnPoll(),
	})...)
	if err != nil {
		return nil, err
	}
	ctx, stop := context.WithCancel(context.Background())
	c := &Consumer{client: client, history: history, logger: logger, stop: stop, done: make(chan struct{})}
	go c.run(ctx)
	return c, nil
}

// Close stops polling, then leaves the group: leaving commits the offsets of
// the processed records and hands the partitions to the other members now
// rather than after the session timeout.
func (c *Consumer) Close() {
	c.stop()
	<-c.done
	c.client.Close()
}

func (c *Consumer) run(ctx context.Context) {
	defer close(c.done)
	for {
		fetches := c.client.PollRecords(ctx, maxPollRecords)
		if ctx.Err() != nil || fetches.IsClientClosed() {
			c.client.AllowRebalance()
			return
		}
		// The client retries what it can; these are worth a log line.
		fetches.EachError(func(topic string, partition int32, err error) {
			c.logger.Error("fetch failed",
				slog.String("topic", topic), slog.Int("partition", int(partition)), slog.Any("error", err))
		})
		fetches.EachRecord(c.process)
		c.client.MarkCommitRecords(fetches.Records()...)
		c.client.AllowRebalance()
	}
}

// process handles one record. A record it cannot handle is logged and
// skipped (its offset is committed like any other) rather than retried
// forever; a service that must not lose such records sends them to a
// dead-letter topic here.
func (c *Consumer) process(r *kgo.Record) {
	logger := c.logger.With(slog.Int("partition", int(r.Partition)), slog.Int64("offset", r.Offset))
	var event Event
	if err := json.Unmarshal(r.Value, &event); err != nil {
		logger.Warn("skipping a record that is not an event", slog.Any("error", err))
		return
	}
	switch event.Type {
	case TypeItemCreated:
		c.history.Add(Processed{Event: event, Partition: r.Partition, Offset: r.Offset})
		logger.Info("event processed", slog.String("type", event.Type), slog.Int64("item_id", event.Item.ID))
	default:
		logger.Warn("skipping an event of unknown type", slog.String("type", event.Type))
	}
}
