import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

/** EventBridge client, created once per execution environment. */
export const eventBridge = new EventBridgeClient({});
