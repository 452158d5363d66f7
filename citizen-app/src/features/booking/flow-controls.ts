import type { BookingAnswers, StepName } from './booking-answers'
import type { StepPosition } from './step-frame'

/** What a step of the booking flow may do: read the answers, change them, move on or back. */
export interface FlowControls {
  answers: BookingAnswers
  position: StepPosition
  /** Applies the step's answer and goes to the next question (or back to the review). */
  advance: (from: StepName, update: (answers: BookingAnswers) => BookingAnswers) => void
  /** Changes answers without moving, e.g. a finished upload. */
  update: (update: (answers: BookingAnswers) => BookingAnswers) => void
  goTo: (step: StepName) => void
  /** The previous question, keeping every answer. */
  back: () => void
}
