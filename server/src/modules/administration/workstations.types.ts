import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'
import { Impact } from './impact.types.js'
import { AdminWorkstation } from './keps.types.js'

// A KEP's workstations as a manager or an administrator changes them (issue 14 item 8).

export enum WorkstationChangeKind {
  ADD = 'add',
  RENAME = 'rename',
  RETIRE = 'retire',
}
registerEnumType(WorkstationChangeKind, {
  name: 'WorkstationChangeKind',
  description:
    'ADD a workstation (label), RENAME one (id, label), RETIRE one (id): its availability windows end and the bookings held at it are kept by their employee at another free desk, given to a free colleague, or follow ImpactInput.uncovered.',
})

@InputType({ description: 'One change of a KEP’s workstations.' })
export class KepWorkstationChange {
  @Field(() => WorkstationChangeKind)
  kind!: WorkstationChangeKind

  @Field(() => ID, { nullable: true, description: 'RENAME, RETIRE: the workstation.' })
  id?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'ADD, RENAME: 1 to 40 characters once trimmed, unique in the KEP (any case).',
  })
  label?: string | null
}

@InputType()
export class ChangeKepWorkstationsInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => [KepWorkstationChange], { description: '1 to 50 changes, made together.' })
  changes!: KepWorkstationChange[]
}

@ObjectType()
export class ChangeKepWorkstationsPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => [AdminWorkstation], {
    description: 'The KEP’s workstations after the call, by label (a preview changes none).',
  })
  workstations!: AdminWorkstation[]
}
