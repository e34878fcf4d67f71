/** Verification: year N's targets against year N+1's report, year N's statistical bulletin, or both; verdicts recorded. */
import { SUPERVISORS, userOf } from '../auth.js';
import { errors } from '../schemas/common.js';
import { VerificationBody, VerificationResponse } from '../schemas/loop.js';
import { verifyReports } from '../../app/verification.js';
import type { App, ServerContext } from '../context.js';

/** A result of one document as the response gives it: with its item and its document. */
const withIds = <T extends object>(result: T | null | undefined, ids: { reportId: number; commitmentId?: number } | undefined) =>
  result && ids ? { ...result, ...ids } : null;

export function verificationRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/verification',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags: ['verification'],
        summary: '核验：以次年报告（预计数）和当年统计公报（最终数）核对当年目标（已实现、未实现、未提及），结论记入台账',
        body: VerificationBody,
        response: { 200: VerificationResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const verdicts = await verifyReports(ctx.ledger, user.id, request.body);
      return {
        verdicts: verdicts.map((v) => ({
          target: { ...v.target, ...(v.targetId !== undefined ? { commitmentId: v.targetId } : {}) },
          result: v.result ? { ...v.result, ...(v.resultId !== undefined ? { commitmentId: v.resultId } : {}) } : null,
          verdict: v.verdict,
          reason: v.reason,
          source: v.source,
          ...('preliminary' in v ? { preliminary: withIds(v.preliminary, v.preliminaryIds) } : {}),
          ...('final' in v ? { final: withIds(v.final, v.finalIds) } : {}),
          ...(v.differ !== undefined ? { differ: v.differ } : {}),
          ...(v.recorded ? { recorded: v.recorded } : {}),
        })),
      };
    },
  );
}
