// Every screen, by address pattern; the first pattern that matches wins.

import type { ComponentType } from 'react';
import { ContractFormPage } from './pages/contracts/ContractFormPage';
import { ContractListPage } from './pages/contracts/ContractListPage';
import { ContractPage } from './pages/contracts/ContractPage';
import { ExerciseAwardPage } from './pages/exercises/ExerciseAwardPage';
import { ExerciseFormPage } from './pages/exercises/ExerciseFormPage';
import { ExerciseListPage } from './pages/exercises/ExerciseListPage';
import { ExercisePage } from './pages/exercises/ExercisePage';
import { HomePage } from './pages/HomePage';
import { ProfilePage } from './pages/ProfilePage';
import { DuplicateSuppliersPage } from './pages/suppliers/DuplicateSuppliersPage';
import { SupplierFormPage } from './pages/suppliers/SupplierFormPage';
import { SupplierListPage } from './pages/suppliers/SupplierListPage';
import { SupplierPage } from './pages/suppliers/SupplierPage';

export interface PageProps {
  /** The named parts of the address, e.g. { id } for "/contracts/:id". */
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface RouteEntry {
  pattern: string;
  /** The document title; a record page may refine it. */
  title: string;
  Page: ComponentType<PageProps>;
}

export const routes: RouteEntry[] = [
  { pattern: '/', title: 'Home', Page: HomePage },
  { pattern: '/exercises', title: 'Pipeline', Page: ExerciseListPage },
  { pattern: '/exercises/new', title: 'New procurement exercise', Page: ExerciseFormPage },
  { pattern: '/exercises/:id', title: 'Procurement exercise', Page: ExercisePage },
  { pattern: '/exercises/:id/edit', title: 'Edit procurement exercise', Page: ExerciseFormPage },
  { pattern: '/exercises/:id/award', title: 'Award procurement exercise', Page: ExerciseAwardPage },
  { pattern: '/contracts', title: 'Contracts', Page: ContractListPage },
  { pattern: '/contracts/new', title: 'New contract', Page: ContractFormPage },
  { pattern: '/contracts/:id', title: 'Contract', Page: ContractPage },
  { pattern: '/contracts/:id/edit', title: 'Edit contract', Page: ContractFormPage },
  { pattern: '/suppliers', title: 'Suppliers', Page: SupplierListPage },
  { pattern: '/suppliers/new', title: 'New supplier', Page: SupplierFormPage },
  {
    pattern: '/suppliers/duplicates',
    title: 'Likely duplicate suppliers',
    Page: DuplicateSuppliersPage,
  },
  { pattern: '/suppliers/:id', title: 'Supplier', Page: SupplierPage },
  { pattern: '/suppliers/:id/edit', title: 'Edit supplier', Page: SupplierFormPage },
  { pattern: '/profile', title: 'Council profile', Page: ProfilePage },
];

/** The main navigation: the top of each area. */
export const navigation = [
  { path: '/', label: 'Home' },
  { path: '/exercises', label: 'Pipeline' },
  { path: '/contracts', label: 'Contracts' },
  { path: '/suppliers', label: 'Suppliers' },
  { path: '/profile', label: 'Council profile' },
];
