import { boardRoles, committeeRoles, type BoardRole, type CommitteeRole } from '@linli/organizations-domain';
import { EnumField, SubjectIdField } from './fields.js';

/** A seat on the owners' committee or the property committee. */
export class CommitteeMemberDto {
  @SubjectIdField('Who sits on the committee, by pseudonymous subject id')
  subjectId!: string;

  @EnumField('Role on the committee (主任 / 副主任 / 委员)', committeeRoles, 'CommitteeRole')
  role!: CommitteeRole;
}

/** A seat on the owners' supervisory board. */
export class BoardMemberDto {
  @SubjectIdField('Who sits on the board, by pseudonymous subject id')
  subjectId!: string;

  @EnumField('Role on the board (监事长 / 监事)', boardRoles, 'BoardRole')
  role!: BoardRole;
}
