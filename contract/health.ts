import { Type, type Static } from '@sinclair/typebox';

export const Health = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
    version: Type.String(),
    uptimeSeconds: Type.Number(),
    database: Type.Object({
      status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
      /** Number of the newest migration applied. */
      schemaVersion: Type.Integer(),
    }),
  },
  { $id: 'Health', additionalProperties: false },
);
export type Health = Static<typeof Health>;
