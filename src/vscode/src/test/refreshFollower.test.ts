import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterEditorMs, afterServerMs, CommitmentsChanged, commitmentsChangedCapability, commitmentsChangedMethod, NotifyingClient, RefreshFollower } from '../commitmentsRefresh';

/** A client that records its subscriptions and delivers a notification to those not disposed. */
class FakeClient implements NotifyingClient {
  readonly initializeResult: { capabilities: unknown };
  readonly handlers = new Map<string, Set<(changed: CommitmentsChanged) => void>>();

  constructor(tells: boolean) {
    this.initializeResult = { capabilities: tells ? { [commitmentsChangedCapability]: true } : {} };
  }

  onNotification(method: string, handler: (changed: CommitmentsChanged) => void): { dispose(): void } {
    const handlers = this.handlers.get(method) ?? new Set();
    this.handlers.set(method, handlers);
    handlers.add(handler);
    return { dispose: () => void handlers.delete(handler) };
  }

  notify(folderUri: string): void {
    for (const handler of this.handlers.get(commitmentsChangedMethod) ?? []) handler({ folderUri });
  }
}

function follow(tells: boolean): { client: FakeClient; follower: RefreshFollower; delays: number[] } {
  const client = new FakeClient(tells);
  const delays: number[] = [];
  return { client, follower: new RefreshFollower(() => client, (delayMs) => delays.push(delayMs)), delays };
}

test('attaching subscribes to the notification and asks at once', () => {
  const { client, follower, delays } = follow(true);
  follower.attach(client);

  assert.equal(client.handlers.get(commitmentsChangedMethod)?.size, 1);
  assert.deepEqual(delays, [0]);
  client.notify('file:///r/geneva-2022');
  assert.deepEqual(delays, [0, afterServerMs]);
});

test('a notifying negc is followed, and the editor\'s events are ignored', () => {
  const { client, follower, delays } = follow(true);
  follower.attach(client);
  follower.editorChanged();

  assert.deepEqual(delays, [0]);
});

test('with an older negc the editor\'s events are all there is', () => {
  const { client, follower, delays } = follow(false);
  follower.attach(client);
  follower.editorChanged();

  assert.deepEqual(delays, [0, afterEditorMs]);
});

test('disposing what attach answers (as stopping the server does) ends the subscription', () => {
  const { client, follower, delays } = follow(true);
  follower.attach(client).dispose();
  client.notify('file:///r/geneva-2022');

  assert.equal(client.handlers.get(commitmentsChangedMethod)?.size, 0);
  assert.deepEqual(delays, [0]);
});
