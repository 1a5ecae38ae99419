import {
  All,
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  MethodNotAllowedException,
  NotFoundException,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';

import { CreateJobDto } from './dto/create-job.dto.js';
import { JobsService } from './jobs.service.js';
import type { JobView } from './jobs.service.js';

@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobsService: JobsService) {}

  // 202: the job is queued; GET /api/jobs/{id} tells how it goes.
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async create(
    @Body() dto: CreateJobDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobView> {
    const job = await this.jobsService.enqueue(dto.name);
    res.location(`/api/jobs/${encodeURIComponent(job.id)}`);
    return job;
  }

  @Get(':id')
  async findOne(@Param('id') id: string): Promise<JobView> {
    const job = await this.jobsService.find(id);
    if (!job) throw new NotFoundException(`job ${id} not found`);
    return job;
  }

  // Any other method on a known path: 405 with the methods it has.
  @All()
  @Header('Allow', 'POST')
  jobsMethodNotAllowed(): never {
    throw new MethodNotAllowedException('use POST');
  }

  @All(':id')
  @Header('Allow', 'GET, HEAD')
  jobMethodNotAllowed(): never {
    throw new MethodNotAllowedException('use GET or HEAD');
  }
}
