import { builder } from '../../builder.js';
import { headlineFiguresInRequest } from '../../report/headline-figures.js';
import { Organization } from '../organization/organization.js';
import { ReportFigureRef } from './report-figure.js';

builder.objectField(Organization, 'headlineFigures', (t) =>
  t.field({
    type: [ReportFigureRef],
    description:
      '数据概览: members, grassroots unions, honorees on the public roll, studios and service positions of the whole subtree today. Public aggregates.',
    // Batched per request: a page of roots asks for each root's figures.
    resolve: (organization, _args, context) => headlineFiguresInRequest(context, organization.id),
  }),
);
