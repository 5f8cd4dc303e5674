/**
 * Clause analysis around one predicate occurrence: is it negated (and does the
 * negation really govern it), who is its agent, and what is its target. This is
 * what separates "we never interfered in elections" from "we will suppress any
 * attempt to interfere in our elections" or "interfere with the vessel".
 * Polarity, agent and target each have their own module (frame-polarity.ts,
 * frame-agent.ts, frame-target.ts).
 */
import { clauseBounds, type Frame, type FrameContext } from './frame-base';
import { blameAfter, setAgent } from './frame-agent';
import { allowsNegated, isQuestion, namesTheSubject, setPolarity, underNegatedReport } from './frame-polarity';
import { setTarget } from './frame-target';
import { falsityOver } from './frame-falsity';
import type { PreparedBlock, Sentence } from './prepared';

export {
  clauseBounds,
  type AgentKind,
  type Frame,
  type FrameContext,
  type Polarity,
  type TargetKind,
} from './frame-base';
export { isLocative } from './frame-agent';

export function analyzeFrame(
  block: PreparedBlock,
  sent: Sentence,
  from: number,
  to: number,
  predicate: string,
  ctx: FrameContext,
): Frame {
  const [c0, c1] = clauseBounds(block, sent, from);
  const frame: Frame = {
    predicate,
    from,
    to,
    polarity: 'affirmed',
    polarityAt: null,
    agent: 'unknown',
    agentAt: null,
    target: 'none',
    targetAt: null,
  };
  setPolarity(block, frame, c0, c1);
  // "Did Mueller say there was no interference?": an unquoted question asks, it claims nothing.
  // "The report does not say that Russia did not interfere": the negation sits under a negated report.
  if (
    frame.polarity !== 'affirmed' &&
    !ctx.quoted &&
    (isQuestion(block, sent) || underNegatedReport(block, sent, frame))
  ) {
    frame.polarity = 'hypothetical';
  }
  // "не допустит никакого вмешательства", "ne permettrons aucune ingérence", "keinerlei Einmischung
  // … zulassen": the negation quantifies the object of a negated verb of allowing, not a denial.
  if (frame.polarity === 'negated' && frame.polarityAt !== null && allowsNegated(block, frame, c1))
    frame.polarity = 'hypothetical';
  // "consultations on election interference", "the meddling allegations", "questions about
  // interference": the predicate names a subject of talks or an allegation, it asserts nothing.
  if (frame.polarity === 'affirmed' && namesTheSubject(block, frame, c0)) frame.polarity = 'hypothetical';
  // "dismissed the election interference report": the verb's object is the report the word
  // qualifies, not the interference (the allegation rules read that sentence).
  if (frame.polarity === 'denied' && block.tokenCats[frame.to]?.has('allegation')) frame.polarity = 'hypothetical';
  // "any attempt to interfere", "if they interfere": a supposition, not a statement.
  if (frame.polarity === 'affirmed') {
    for (let i = frame.from - 1; i >= Math.max(c0, frame.from - 6); i--) {
      if (block.tokenCats[i]!.has('hypothetical')) {
        frame.polarity = 'hypothetical';
        frame.polarityAt = i;
        break;
      }
    }
  }
  // "absurd to think that Russia could influence…", "claims that Moscow meddled are a lie": called false.
  if (frame.polarity === 'affirmed' || frame.polarity === 'hypothetical') {
    const at = falsityOver(block, sent, frame);
    if (at !== null) {
      frame.polarity = 'judged-false';
      frame.polarityAt = at;
    }
  }
  setAgent(block, frame, sent, c0, ctx);
  if (predicate === 'blame') blameAfter(block, frame, c1, ctx);
  setTarget(block, frame, sent, c0, c1, ctx);
  return frame;
}
