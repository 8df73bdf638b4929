import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from './query.dto.js';
import { IsBusinessDate } from './rules.js';

export class CoverageQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The day (YYYY-MM-DD); default today in China Standard Time', example: '2026-06-30' })
  @IsOptional()
  @IsBusinessDate()
  date?: string;

  @ApiPropertyOptional({ description: 'List only covered or only uncovered communities', enum: ['covered', 'uncovered'], enumName: 'CoverageStatus' })
  @IsOptional()
  @IsIn(['covered', 'uncovered'])
  status?: 'covered' | 'uncovered';
}
