package kafka

import (
	"context"
	"errors"
	"fmt"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// EnsureTopic creates topic, with the cluster's default partition count and
// replication factor, unless it exists. It reports whether it created it.
func EnsureTopic(ctx context.Context, client *kgo.Client, topic string) (bool, error) {
	// Not closed: closing a kadm.Client closes the kgo.Client it wraps.
	admin := kadm.NewClient(client)

	topics, err := admin.ListTopics(ctx, topic)
	if err != nil {
		return false, fmt.Errorf("describe topic %q: %w", topic, err)
	}
	detail, ok := topics[topic]
	if ok && detail.Err == nil {
		return false, nil
	}
	if ok && !errors.Is(detail.Err, kerr.UnknownTopicOrPartition) {
		// Most often TOPIC_AUTHORIZATION_FAILED: the principal lacks DESCRIBE.
		return false, fmt.Errorf("describe topic %q: %w", topic, detail.Err)
	}

	_, err = admin.CreateTopic(ctx, -1, -1, nil, topic)
	switch {
	case errors.Is(err, kerr.TopicAlreadyExists):
		// Another instance created it since the lookup.
		return false, nil
	case err != nil:
		return false, fmt.Errorf("create topic %q: %w", topic, err)
	}
	return true, nil
}
