// Package kafkatest starts in-process Kafka clusters (franz-go's kfake) for
// the tests, so go test needs no broker. Only tests import it: the server
// always talks to the brokers KAFKA_BROKERS names.
package kafkatest

import (
	"slices"
	"testing"

	"github.com/twmb/franz-go/pkg/kfake"
)

// Start starts a one-broker cluster on a free loopback port (ListenAddrs
// gives its address), with opts on top, and stops it when the test ends.
func Start(tb testing.TB, opts ...kfake.Opt) *kfake.Cluster {
	tb.Helper()
	cluster, err := kfake.NewCluster(slices.Concat([]kfake.Opt{kfake.NumBrokers(1)}, opts)...)
	if err != nil {
		tb.Fatalf("start an in-process Kafka cluster: %v", err)
	}
	tb.Cleanup(cluster.Close)
	return cluster
}
