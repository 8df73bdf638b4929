// The raw baseline of the HTTP command benchmark: a bare Fastify handler that does what the
// disputes service does to a report before its command handler — parse JSON, class-validator
// with the same DTO and the same options — and answers 201, with no framework around it.
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import Fastify from 'fastify';
import 'reflect-metadata';
import { ReportDisputeDto } from '../../apps/disputes/src/http/dto/report-dispute.dto.js';

const app = Fastify({ logger: false });
app.post('/disputes', async (request, reply) => {
  const dto = plainToInstance(ReportDisputeDto, request.body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) return reply.code(400).send({ errors: errors.map((e) => ({ field: e.property, rules: Object.keys(e.constraints ?? {}) })) });
  return reply.code(201).send({ id: dto.disputeId, revision: '0', position: null, events: ['disputes.DisputeReported'] });
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
process.stdout.write(`listening ${address}\n`);
