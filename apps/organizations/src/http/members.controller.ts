import { Body, Controller, Param, Post, Put, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { memberDecider, memberStreamName, type MemberCommand } from '@linli/organizations-domain';
import { Cmd, CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { MembershipCommands } from '../application/membership-commands.js';
import { accepted } from './command-answer.js';
import { CommandDocs, IdPath } from './docs.js';
import {
  LeaveBranchDto,
  RecordAssessmentDto,
  RecordServiceHoursDto,
  RelinquishServicePostDto,
  ReportBackAgainDto,
  ReportBackDto,
  TakeServicePostDto,
  TransferMemberDto,
} from './dto/member.dto.js';
import { PeriodPipe, uuidParam } from './validation.js';

type Reply = FastifyReply;

/** Commands on party members reporting back to their estate's branch (在职党员回小区报到). */
@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly membership: MembershipCommands,
  ) {}

  @Post()
  @CommandDocs('A member reports back to the branch serving the estate where they live (ReportBack)', { creates: true })
  async reportBack(@Body() dto: ReportBackDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<CommandAccepted> {
    const { id, ...rest } = dto;
    return accepted(reply, await this.membership.reportBack({ ...rest, person: personOf(dto), memberId: id }, context));
  }

  @Post(':id/report-back')
  @IdPath()
  @CommandDocs('A member who left reports back again (ReportBack); the same person only')
  async reportBackAgain(@Param('id', uuidParam('id')) id: string, @Body() dto: ReportBackAgainDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<CommandAccepted> {
    return accepted(reply, await this.membership.reportBack({ ...dto, person: personOf(dto), memberId: id }, context));
  }

  @Post(':id/transfer')
  @IdPath()
  @CommandDocs('Move an active member to the branch of the estate they moved to (TransferMember); a service post ends with the move')
  async transfer(@Param('id', uuidParam('id')) id: string, @Body() dto: TransferMemberDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<CommandAccepted> {
    return accepted(reply, await this.membership.transfer(id, { toBranchUnitId: dto.toBranchUnitId, toCommunityId: dto.toCommunityId, transferredOn: dto.transferredOn }, context));
  }

  @Post(':id/leave')
  @IdPath()
  @CommandDocs('An active member leaves the branch, with a reason (LeaveBranch)')
  leave(@Param('id', uuidParam('id')) id: string, @Body() dto: LeaveBranchDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'LeaveBranch', data: { memberId: id, leftOn: dto.leftOn, reason: dto.reason } });
  }

  @Post(':id/take-service-post')
  @IdPath()
  @CommandDocs('An active member takes a service post in the branch (TakeServicePost)')
  takePost(@Param('id', uuidParam('id')) id: string, @Body() dto: TakeServicePostDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'TakeServicePost', data: { memberId: id, post: dto.post, takenOn: dto.takenOn } });
  }

  @Post(':id/relinquish-service-post')
  @IdPath()
  @CommandDocs('The member gives up the post held (RelinquishServicePost)')
  relinquishPost(@Param('id', uuidParam('id')) id: string, @Body() dto: RelinquishServicePostDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'RelinquishServicePost', data: { memberId: id, relinquishedOn: dto.relinquishedOn } });
  }

  @Post(':id/record-service-hours')
  @IdPath()
  @CommandDocs('Record hours served on one day (RecordServiceHours); at most 24 a day')
  recordHours(@Param('id', uuidParam('id')) id: string, @Body() dto: RecordServiceHoursDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'RecordServiceHours', data: { memberId: id, hours: dto.hours, servedOn: dto.servedOn, activity: dto.activity } });
  }

  @Put(':id/assessments/:period')
  @IdPath()
  @ApiParam({ name: 'period', description: 'YYYY, YYYY-H1/H2 or YYYY-Q1..Q4', example: '2025-H1' })
  @CommandDocs("Record a period's performance assessment (RecordPerformanceAssessment); recording it again amends it")
  assess(
    @Param('id', uuidParam('id')) id: string,
    @Param('period', PeriodPipe) period: string,
    @Body() dto: RecordAssessmentDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.run(reply, id, context, { type: 'RecordPerformanceAssessment', data: { memberId: id, period, score: dto.score, grade: dto.grade, reason: dto.reason } });
  }

  private async run(reply: Reply, memberId: string, context: CommandContext, command: Omit<MemberCommand, 'metadata'>): Promise<CommandAccepted> {
    return accepted(reply, await this.executor.execute(memberDecider, memberStreamName(memberId), memberId, context, command));
  }
}

/** The person as a plain object (personal data: never logged). */
const personOf = (dto: ReportBackAgainDto) => ({ subjectId: dto.person.subjectId, name: dto.person.name, phone: dto.person.phone ?? null });
